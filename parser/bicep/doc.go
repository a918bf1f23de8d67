// Package bicep reads Bicep source (.bicep) and parameters files
// (.bicepparam) into a syntax tree with the exact position of every node,
// and evaluates it into exactly the resources the compiled ARM template
// would deploy, with findings on the .bicep lines.
//
// Evaluation does what the Bicep compiler does, then what Azure does:
// translate (translate.go, expr_translate.go) turns a file into the ARM
// template bicep build would write, as arm.Node values whose offsets
// point into the Bicep source, and arm.DecodeTree evaluates it with the
// ARM decoder's evaluator and budgets. The template is always written in
// the languageVersion 2.0 form (resources keyed by symbolic name,
// existing resources kept and never reported), which deploys what the
// classic form deploys. Translated: parameters with defaults, variables,
// user-defined functions, resources (existing, parent, nested children
// flattened to parent/child with full names and types, scope, if
// conditions, for loops as copy loops with copyIndex-based items, loops
// over properties, variables and outputs as property copies), modules as
// Microsoft.Resources/deployments with the inline template of a local
// .bicep or ARM .json file, outputs, and expressions (sym.id as
// resourceId, sym.name, sym.properties.x as reference, module outputs,
// interpolation as format, ?? as coalesce, .? as tryGet, ternaries as
// if, lambdas, spreads, loadTextContent and loadJsonContent, the az. and
// sys. namespaces), and compile-time imports of variables and functions
// from local files (inlined where they are used). Resource types take the
// casing of the compiler's type catalog (catalog.go). What cannot be
// translated (user-defined types, imports from registries, registry
// modules' outputs) is unknown, never a violation. Registry (br:, ts:) modules are not fetched; a note says so.
// Module cycles and deep nesting are reported, and the translation of
// expressions is bounded.
//
// The decoder (New) claims .bicep and .bicepparam files. Each .bicep is a
// unit, unless another scanned .bicep calls it as a module: it is then
// evaluated in that call, with its arguments, and not again on its own.
// Parameter values come from the .bicepparam whose using names the
// template, else from <name>.parameters.json beside it (azd's "${VAR}"
// is unknown, "${VAR=default}" the default, typed as the parameter),
// else from the defaults; a missing value is unknown.
//
// Parse lexes a file in one pass and parses it by recursive descent. It
// reads the current language:
//
//   - declarations: targetScope, metadata, param (with a type and a
//     default; in a .bicepparam file, param name = value, or a bare
//     @inline() param name, the file's kind told by its name), var (typed or
//     not), resource ('type@apiVersion', existing, nested child resources,
//     if conditions, for loops with item, index and if filters), module
//     (local paths and br:, br/alias:, ts: references), output, type, func,
//     import (import * as ns from, import {a, b as c} from, and the legacy
//     provider form), using (and using none), extends, extension (and its
//     old name provider, with its with and as clauses; extensionConfig in
//     parameters files), assert and the experimental test;
//   - decorators, namespaced or not (@secure(), @sys.description('...')),
//     on declarations, nested resources, object type properties and tuple
//     items;
//   - types: names, literals (-1 and !true included), unions (with a
//     leading '|' on each line), arrays (string[]), nullable (string?) and non-null (T!) types,
//     object types with *: for other properties, tuples, parenthesised
//     types, T.prop, T.*, T[0], T[*], resource 'type@version' and
//     parameterised types such as resourceInput<'type@version'>;
//   - expressions with Bicep's precedence, lowest first: ?:, ??, ||, &&,
//     equality (== != =~ !~), relational, additive, multiplicative, unary !
//     and -, then the accessors .name, .?name, [i], [?i], [^i], ::name,
//     the non-null assertion x!, and calls, namespaced or on a value
//     (az.resourceGroup(), kv.getSecret('s')); lambdas, spreads,
//     objects and arrays in their multi-line and comma-separated forms,
//     loops, interpolated strings with their escapes, and multi-line
//     strings between triple quotes.
//
// Comments and #disable-next-line directives are kept in File.Comments
// with their ranges and what an inline suppression in them would cover:
// whether code precedes them on their line, and where the next code
// starts.
//
// Every node's Range is the half-open span of its text: lines and
// columns are 1-based, columns count Unicode code points. A statement's
// range starts at its keyword; its decorators have their own. A Property
// keeps the range of its key and of its value (Key.Span(), Value.Span()).
//
// Walk visits a tree in source order. Resource.Header and Module.Header
// give the range a finding about a missing property points at, Extent a
// declaration with its decorators, FindDecorator a decorator by name.
//
// A syntax error is a parser.Diagnostic with the position and a message
// in Bicep's terms ("expected '}' to close the object opened at 12:15");
// the parser then skips to the next line that begins a declaration, so one
// error does not hide the next. Nesting deeper than 256 levels is an
// error, never a stack overflow.
//
// What the parser does not do: names are not resolved and types not checked.
// The parser is lenient where leniency costs nothing: a construct Bicep
// accepts only in some places (an if body in a variable's loop, a spread
// anywhere an expression fits) is read wherever its syntax fits, a comma
// may be followed by a line break in objects and arrays, and a
// .bicepparam assignment (param name = value) is read in any file.
package bicep
