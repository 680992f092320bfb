// What a class statement does besides defining methods: the class body's
// namespace becomes class attributes (`classAttributes`), with Python's
// descriptors among them (functions become methods, `staticmethod`,
// `classmethod` and `property` objects), and the hooks CPython runs when a
// class is created (`__init_subclass__`) or subscripted (`__class_getitem__`).
// Methods written as `def` in the class body are JavaScript methods of the
// emitted class (taking `self` as `this`); every other value that is a Python
// function takes `self` as its first parameter.

import { AttributeError, TypeError } from "./exceptions";
import { BUILTIN_FUNCTIONS, isTypeObject, registerBuiltinType, typeName, typeObjectName } from "./repr";
import { BOUND_METHODS, BUILTIN_METHODS, boundMethod, CLASS_SLOTS, METHOD_OF_UNBOUND, ATTRIBUTES_FROM, PROPERTY_DELETERS, define, getattr, markClassMethod, objectGetattribute, objectSetattr, setPropertyFromClass, unboundMethod } from "./attributes";
import { attributeKey } from "./attributeKeys";
import { PyObject } from "./builtins";
import { PyTuple } from "./values";
import { callDynamic, callValue } from "./calls";
import { UNBOUND_NAME } from "./unbound";

// object.__getattribute__ (set here: attributes.ts is loaded while builtins.ts defines object).
Object.defineProperty(PyObject.prototype, "__getattribute__", { value: objectGetattribute, writable: true, configurable: true });
Object.defineProperty(PyObject.prototype, "__setattr__", { value: objectSetattr, writable: true, configurable: true });

/** staticmethod(f) */
export class PyStaticMethod {
  constructor(readonly __func__: any) {}
}
/** classmethod(f) */
export class PyClassMethod {
  constructor(readonly __func__: any) {}
}
/** property(fget, fset, fdel, doc), with its getter/setter/deleter decorators. */
export class PyProperty {
  constructor(
    readonly fget: any = null,
    readonly fset: any = null,
    readonly fdel: any = null,
    readonly __doc__: any = null,
  ) {}
  getter(f: any): PyProperty {
    return new PyProperty(f, this.fset, this.fdel, this.__doc__);
  }
  setter(f: any): PyProperty {
    return new PyProperty(this.fget, f, this.fdel, this.__doc__);
  }
  deleter(f: any): PyProperty {
    return new PyProperty(this.fget, this.fset, f, this.__doc__);
  }
}
export function staticmethod(f: any): PyStaticMethod {
  return new PyStaticMethod(f);
}
export function classmethod(f: any): PyClassMethod {
  return new PyClassMethod(f);
}
export function property(fget: any = null, fset: any = null, fdel: any = null, doc: any = null): PyProperty {
  return new PyProperty(fget, fset, fdel, doc);
}
// isinstance(x, property) & co: the builtins' instances are the classes' instances.
(staticmethod as any).prototype = PyStaticMethod.prototype;
(classmethod as any).prototype = PyClassMethod.prototype;
(property as any).prototype = PyProperty.prototype;
for (const [f, c] of [[staticmethod, PyStaticMethod], [classmethod, PyClassMethod], [property, PyProperty]] as const) {
  Object.defineProperty(c.prototype, "constructor", { value: f, writable: true, configurable: true });
}
registerBuiltinType(staticmethod, "staticmethod");
registerBuiltinType(classmethod, "classmethod");
registerBuiltinType(property, "property");
for (const [cls, name] of [[PyStaticMethod, "staticmethod"], [PyClassMethod, "classmethod"], [PyProperty, "property"]] as const) {
  Object.defineProperty(cls.prototype, "__typename__", { value: name });
}

/** A Python function stored in a class is a descriptor: read from an instance, it is bound. */
function isPlainFunction(v: any): boolean {
  return typeof v === "function" && !isTypeObject(v) && !BUILTIN_FUNCTIONS.has(v) && !BOUND_METHODS.has(v) && !BUILTIN_METHODS.has(v);
}

/** A Python function `f(self, ...)` as a method of the emitted classes (`self` is `this`). */
function asThisMethod(f: any): any {
  const method = METHOD_OF_UNBOUND.get(f);
  if (method !== undefined) return method;
  const m = function (this: any, ...args: any[]): any {
    return callValue(f, this, ...args);
  };
  for (const k of ["__name__", "__qualname__", "__doc__"]) {
    const v = k === "__name__" ? (f.__name__ ?? f.name) : f[k];
    if (v !== undefined) Object.defineProperty(m, k, { value: v, writable: true, configurable: true });
  }
  ATTRIBUTES_FROM.set(m, f);
  METHOD_OF_UNBOUND.set(m, m);
  return m;
}

/**
 * A runtime object that stores itself in a class its own way (a descriptor of
 * the standard library, e.g. functools.cached_property) has a method under this key.
 */
export const CLASS_ATTRIBUTE_INSTALLER: unique symbol = Symbol("py2ts class attribute installer");

/** Stores one class-body value in the class, as CPython's type() does with the namespace. */
function storeClassAttribute(cls: any, key: string, v: any): void {
  if (v !== null && typeof v === "object" && typeof v[CLASS_ATTRIBUTE_INSTALLER] === "function") {
    v[CLASS_ATTRIBUTE_INSTALLER](cls, key);
  } else if (v instanceof PyStaticMethod) {
    define(cls, key, v.__func__);
  } else if (v instanceof PyClassMethod) {
    define(cls, key, markClassMethod(asThisMethod(v.__func__)));
  } else if (v instanceof PyProperty) {
    const { fget, fset, fdel } = v;
    const get = function (this: any): any {
      if (fget === null) throw new AttributeError("property '" + key + "' of '" + typeName(this) + "' object has no getter");
      return callValue(fget, this);
    };
    const set = fset === null ? undefined : function (this: any, value: any): void {
      callValue(fset, this, value);
    };
    Object.defineProperty(cls.prototype, key, { get, set, configurable: true, enumerable: false });
    if (fdel !== null) PROPERTY_DELETERS.set(get, (self) => callValue(fdel, self));
  } else {
    if (key === "__slots__") CLASS_SLOTS.set(cls, new Set(typeof v === "string" ? [attributeKey(v)] : [...slotNames(v)]));
    define(cls.prototype, key, isPlainFunction(v) ? asThisMethod(v) : v);
  }
}

function* slotNames(v: any): Iterable<string> {
  for (const s of Array.isArray(v) || v instanceof PyTuple ? v : [...v]) yield attributeKey(String(s));
}

/**
 * The names a class body bound (keys already attribute keys), in binding
 * order; a name the body deleted again (undefined) is left out. They live in
 * the class's namespace, its prototype, so that instances read them through
 * the class (`self.n` sees `C.n += 1`) and an assignment to `self.n` only
 * shadows them on that instance.
 */
export function classAttributes(cls: any, attributes: Record<string, any>): void {
  for (const key of Object.keys(attributes)) {
    const v = attributes[key];
    // Never bound, or unbound by `del` in the body: not an attribute.
    if (v !== undefined && v !== UNBOUND_NAME) storeClassAttribute(cls, key, v);
  }
}

/**
 * A `def` of the class body read by a later statement of the body (`__radd__
 * = __add__`, `area = property(area)`): the Python value the name holds there.
 */
export function classMember(cls: any, name: string): any {
  const key = attributeKey(name);
  if (Object.prototype.hasOwnProperty.call(cls, key)) {
    const f = cls[key];
    return METHOD_OF_UNBOUND.has(f) || !isPlainFunction(f) ? f : new PyStaticMethod(f);
  }
  const d = Object.getOwnPropertyDescriptor(cls.prototype, key);
  if (d === undefined) return undefined;
  if (d.get !== undefined || d.set !== undefined) return propertyObject(d, cls);
  return isPlainFunction(d.value) ? unboundMethod(d.value, cls) : d.value;
}

const PROPERTY_OBJECTS = new WeakMap<any, PyProperty>();
/** The property object standing for an accessor of the emitted class (one per accessor, so `C.x is C.x`). */
function propertyObject(d: PropertyDescriptor, cls: any): PyProperty {
  const accessor = d.get ?? d.set;
  let p = PROPERTY_OBJECTS.get(accessor);
  if (p === undefined) {
    p = new PyProperty(d.get ? unboundMethod(d.get, cls) : null, d.set ? unboundMethod(d.set, cls) : null, PROPERTY_DELETERS.get(accessor) ?? null);
    PROPERTY_OBJECTS.set(accessor, p);
  }
  return p;
}
setPropertyFromClass(propertyObject);

/** `@x.deleter def x(self)` of a `@property x` of the class. */
export function propertyDeleter(cls: any, name: string, deleter: (this: any) => any): void {
  const d = Object.getOwnPropertyDescriptor(cls.prototype, attributeKey(name));
  if (d === undefined || (d.get === undefined && d.set === undefined)) throw new TypeError("'" + name + "' is not a property");
  PROPERTY_DELETERS.set(d.get ?? d.set, (self) => deleter.call(self));
}

/** After `class C(Base)`: CPython calls Base's `__init_subclass__` with C (a class method). */
export function initSubclass(cls: any, kwargs?: Record<string, any>): void {
  const parent = Object.getPrototypeOf(cls);
  const hook = typeof parent === "function" ? getattr(parent, "__init_subclass__", undefined) : undefined;
  const f = typeof hook === "function" && Object.prototype.hasOwnProperty.call(hook, "__func__") ? hook.__func__ : hook;
  if (typeof f !== "function" || f === PyObject.__init_subclass__) {
    // object.__init_subclass__ takes no keyword arguments.
    if (kwargs !== undefined && Object.keys(kwargs).length) throw new TypeError(typeObjectName(cls) + ".__init_subclass__() takes no keyword arguments");
    return;
  }
  if (kwargs === undefined) f.call(cls);
  else callDynamic(boundMethod(f, cls), [], kwargs); // a bound method, as CPython calls it
}
