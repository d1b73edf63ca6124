"""The one exception a command raises for a problem the user can fix."""


class UserError(Exception):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
