def handler_raises():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")

def finally_raises():
    try:
        yield 1
    finally:
        raise OSError("finally failed")

for make in (handler_raises, finally_raises):
    g = make()
    next(g)
    try:
        g.close()
    except Exception as e:
        print(f"{type(e).__name__}: {e}", "| context:", repr(e.__context__))
