"""The PostgreSQL server and the ``backend`` parameter, for every test folder
(``tests/helpers/pg.py``)."""

pytest_plugins = ["tests.helpers.pg"]
