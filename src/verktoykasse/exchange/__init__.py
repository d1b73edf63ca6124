"""Moving a whole plan in and out of the program as a file (JSON), checked before anything is stored."""
