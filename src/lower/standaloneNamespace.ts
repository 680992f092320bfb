// The namespace --standalone wraps the inlined runtime in; escapeName keeps Python names off it.
export const STANDALONE_NAMESPACE = "py2tsRuntime";
