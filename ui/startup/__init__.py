"""Before the main window: the database connection, the first start on an empty database, and the login."""
