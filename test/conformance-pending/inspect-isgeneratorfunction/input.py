import inspect

def gen():
    yield 1

def plain():
    return 1

class C:
    def method(self):
        yield self

print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(plain))
print(inspect.isgeneratorfunction(C.method), inspect.isgeneratorfunction(C().method))
print(inspect.isgeneratorfunction(lambda: (yield)))
