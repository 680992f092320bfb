import inspect

def stubborn():
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            print("ignoring close")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
print(inspect.getgeneratorstate(g))
print(next(g))
