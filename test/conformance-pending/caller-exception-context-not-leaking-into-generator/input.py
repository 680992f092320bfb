def gen():
    yield 1
    raise ValueError("inner")

g = gen()
next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print(f"{type(e).__name__}: {e}")
        print("context:", repr(e.__context__))
