def gen():
    try:
        raise IndexError("active")
    except IndexError:
        yield "suspended in handler"

g = gen()
next(g)
try:
    g.throw(TypeError("thrown in"))
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
    print("context:", repr(e.__context__))
