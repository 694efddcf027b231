# A user hierarchy of exceptions: the first matching handler wins.
class NetworkError(Exception):
    pass
class TimeoutError_(NetworkError):
    pass
class ConnectionLost(NetworkError):
    pass
class FatalLost(ConnectionLost):
    pass
def fail(cls):
    raise cls(cls.__name__ + " happened")
for cls in [TimeoutError_, ConnectionLost, FatalLost, NetworkError]:
    try:
        fail(cls)
    except FatalLost as e:
        print("fatal handler:", e)
    except ConnectionLost as e:
        print("lost handler:", e)
    except NetworkError as e:
        print("network handler:", e)
print(issubclass(FatalLost, NetworkError), FatalLost.__bases__[0].__name__)
try:
    fail(FatalLost)
except (TimeoutError_, ConnectionLost) as e:
    print("tuple matched", type(e).__name__)
