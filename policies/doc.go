// Package policies holds the built-in Rego policy library and the engine
// that compiles and evaluates it on the resources of a scan.
//
// A policy is one Rego v1 module per control. Its package-scoped
// # METADATA annotation is the only source of the rule's metadata (id,
// title, severity, resource types, remediation, compliance); nothing is
// repeated in Go. A policy yields
//
//	deny contains {"msg": "...", "path": ["properties", "publicNetworkAccess"]}
//
// for the resource in input; the engine resolves the path to the exact
// source range, drops findings on values that could not be known, and adds
// the rule.
//
// The engine follows the measurements in PERFORMANCE.md: modules are
// compiled once per provider group, one query is prepared per resource
// type over exactly the rules that apply to it, inputs are built as OPA
// values directly from the model, and resources are evaluated in parallel.
package policies
