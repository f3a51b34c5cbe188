"""`project add|list|rename|archive`."""

from __future__ import annotations

import argparse

from desktop_app.cli import render
from desktop_app.cli.registry import Context, Registry, arg
from desktop_app.cli.serialize import project_json, project_state_json, projects_json
from desktop_app.services import projects

registry = Registry()
registry.group("project", help="projects")


@registry.command(
    "project", "add", help="new project", args=(arg("name"), arg("--description", default=""))
)
def add(ctx: Context, args: argparse.Namespace) -> None:
    p = projects.add_project(ctx.desk, args.name, args.description)
    ctx.out.emit(project_json(p), render.project_added(p))


@registry.command(
    "project",
    "list",
    help="projects with their available total",
    args=(arg("--archived", action="store_true", help="include archived projects"),),
)
def list_(ctx: Context, args: argparse.Namespace) -> None:
    rows = projects.list_projects(ctx.desk, include_archived=args.archived)
    ctx.out.emit(projects_json(rows), lambda: render.projects_table(rows))


@registry.command("project", "rename", help="rename a project", args=(arg("project"), arg("name")))
def rename(ctx: Context, args: argparse.Namespace) -> None:
    p = projects.rename_project(ctx.desk, args.project, args.name)
    ctx.out.emit(project_state_json(p), render.project_line(p))


@registry.command(
    "project",
    "archive",
    help="hide a project (its history stays)",
    args=(arg("project"), arg("--undo", action="store_true")),
)
def archive(ctx: Context, args: argparse.Namespace) -> None:
    p = projects.archive_project(ctx.desk, args.project, not args.undo)
    ctx.out.emit(project_state_json(p), render.project_line(p))
