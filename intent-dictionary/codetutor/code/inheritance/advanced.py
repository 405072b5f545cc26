class AppError(Exception):
    """Base of this app's errors: one `except AppError` catches the whole family."""

    status = 500

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail

    def to_response(self) -> dict[str, object]:
        return {"status": self.status, "error": str(self), "detail": self.detail}


class NotFound(AppError):
    status = 404  # override a class attribute, keep everything else


class InvalidField(AppError):
    status = 422

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"invalid {field}", problem)  # reuse the parent's setup
        self.field = field


class RateLimited(AppError):
    status = 429

    def to_response(self) -> dict[str, object]:
        response = super().to_response()  # extend the parent's result, don't copy it
        response["retry_after"] = 30
        return response


def handle(error: Exception) -> dict[str, object]:
    try:
        raise error
    except AppError as err:  # dispatches to the most specific to_response
        return err.to_response()


for error in (NotFound("no user 42"), InvalidField("email", "missing @"), RateLimited("slow down")):
    print(handle(error))
print("lookup order:", [cls.__name__ for cls in RateLimited.__mro__])
