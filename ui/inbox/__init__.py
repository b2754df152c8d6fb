"""The inbox: every case, filtered and searched on the server side, loaded page by page."""
