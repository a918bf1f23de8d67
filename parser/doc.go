// Package parser defines the common resource model that every input format
// is turned into, and the driver that finds input files and decodes them in
// parallel.
//
// The contract, shared by parser/terraform, parser/arm and parser/kubernetes:
//
//   - A Resource has a canonical Type (the ARM type for Azure, the Terraform
//     type for AWS and GCP, apiVersion/kind for Kubernetes) and a JSON-like
//     Properties tree in the canonical shape of that type, so one policy
//     covers every format that can declare the resource.
//   - Every value in Properties that came from the source has a Range in
//     Resource.Ranges, keyed by its Path; a value the parser filled in from a
//     provider or service default has none, so findings on it point at the
//     resource header.
//   - A value that cannot be known statically (an input without a value, a
//     computed attribute, a function of the deployment) is absent from
//     Properties and listed in Resource.Unknown. Unknown is not false:
//     policies must not report it, and the engine drops findings that blame it.
//   - Problems in the input are Diagnostics with a Range; a decoder never
//     panics and never drops a resource silently.
//   - A decoder reports the inline suppressions written in its input
//     (posture:ignore comments, ARM metadata, Kubernetes annotations) as
//     Suppressions, found while it reads the files; the scan decides what
//     they suppress.
package parser
