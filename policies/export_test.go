package policies

// BuiltinLibrary gives the external tests of this package the library
// its own tests share.
var BuiltinLibrary = builtinLibrary
