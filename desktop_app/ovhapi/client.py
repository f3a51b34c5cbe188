"""A read-only client from the user's own ``ovh.conf`` (endpoint and keys never pass
through the ledger), and GET calls whose failures are told in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import DomainError

#: The client's own exception names, by what the user must do about them.
_AUTH = {"InvalidKey", "InvalidCredential", "NotCredential", "InvalidConfiguration",
         "OAuth2FailureError", "InvalidRegion"}  # fmt: skip
_RIGHTS = {"NotGrantedCall", "Forbidden", "ReadOnlyError"}
_NETWORK = {"HTTPError", "NetworkError", "InvalidResponse"}


class ReadOnlyApi:
    """GET calls on one ``ovh.Client``; ``calls`` counts them (the progress bar's unit)."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.calls = 0
        self.endpoint = str(getattr(client, "_endpoint", ""))

    def get(self, path: str, **params: Any) -> Any:
        """The API's answer, as the client decodes it; ``ovh.fetch_*`` when it fails."""
        self.calls += 1
        try:
            return self._client.get(path, **params)
        except Exception as error:
            raise failure(path, error) from None

    def optional(self, path: str) -> Any:
        """The answer, or None when the resource does not exist (no loyalty account)."""
        self.calls += 1
        try:
            return self._client.get(path)
        except Exception as error:
            if type(error).__name__ == "ResourceNotFoundError":
                return None
            raise failure(path, error) from None


def failure(path: str, error: Exception) -> DomainError:
    """A failed request, in the terms of what to do: the key (auth), its rights, the
    network, or anything else the API said."""
    name = type(error).__name__
    detail = str(error).splitlines()[0][:160] if str(error) else name
    if name in _AUTH:
        return DomainError("ovh.fetch_auth", path=path, detail=detail)
    if name in _RIGHTS:
        return DomainError("ovh.fetch_rights", path=path, detail=detail)
    if name in _NETWORK or isinstance(error, OSError):
        return DomainError("ovh.fetch_network", path=path, detail=detail)
    return DomainError("ovh.fetch_failed", path=path, detail=detail)


def open_api(
    config_file: Path | None = None, *, factory: Callable[..., Any] | None = None
) -> ReadOnlyApi:
    """A client configured by ``ovh.conf`` (the client's own search: ``./ovh.conf``,
    ``~/.ovh.conf``, ``/etc/ovh.conf``, the ``OVH_*`` environment) or by ``config_file``.
    ``ovh.missing`` when the optional extra is not installed."""
    if factory is None:
        try:
            import ovh
        except ImportError:
            raise DomainError("ovh.missing") from None
        factory = ovh.Client
    if config_file is not None and not config_file.is_file():
        raise DomainError("ovh.fetch_auth", path=str(config_file), detail="no such file")
    try:
        client = factory(config_file=str(config_file)) if config_file else factory()
    except Exception as error:
        raise failure(f"{config_file or 'the ovh.conf file'}", error) from None
    return ReadOnlyApi(client)
