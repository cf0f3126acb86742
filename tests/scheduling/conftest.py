from tests.store.dbs import db, db_url

__all__ = ["db", "db_url"]
