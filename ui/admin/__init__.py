"""Admin screens: shop settings (shared by the team, in the database) and users."""
