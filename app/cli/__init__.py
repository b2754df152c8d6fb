"""The ``rimedio`` command: a thin shell over the services. Exit 0 done, 1 refused (one line on stderr), 2 usage."""
