"""The one error type users see: which input, and what is wrong with it."""


class InputError(ValueError):
    """An input newsprobe cannot analyse. ``str(err)`` is the one-line message users see."""

    def __init__(self, input_name: str | None, problem: str, code: str = "bad_input"):
        self.input = input_name
        self.problem = problem
        self.code = code
        super().__init__(f"{input_name}: {problem}" if input_name else problem)

    def to_record(self) -> dict:
        return {"input": self.input, "error": self.problem, "code": self.code}


class ModelError(RuntimeError):
    """A pipeline or artifact that cannot be loaded; the message says how to fix it."""
