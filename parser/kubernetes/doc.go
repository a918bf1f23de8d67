// Package kubernetes reads Kubernetes manifests (YAML and JSON, multi-document
// files, List kinds), Helm charts and Kustomize overlays into parser
// resources.
//
// Each object becomes one parser.Resource: Type is <group>/<Kind> (the core
// group as just <Kind>), ID is apiVersion/kind/namespace/name with an empty
// namespace segment when metadata.namespace is not set (and then it stays
// absent from Properties, so policies can tell "default" from "not set"),
// Properties is the object itself, Ranges holds the source range of every
// value, and Header is the range of the kind value.
//
// YAML is decoded once, to yaml.v3 nodes; positions come from the nodes,
// with columns in Unicode code points. Alias expansion is bounded per
// document, so an alias bomb becomes a diagnostic. Documents that are not
// Kubernetes objects (no apiVersion or no kind) are skipped silently; a
// document that is not valid YAML is a diagnostic, and reading goes on at
// the next document.
//
// Nothing in the scanned tree can make posture fetch or run anything:
// Kustomize is given an in-memory copy of the local files, checked first
// for anything its loader would clone or download (kustomize_guard.go), with
// plugins and helm off; Helm charts are rendered in process with a budget
// of steps, bytes and depth (helmrender.go).
//
// The pod spec of every workload kind is found through PodSpecPath, and
// the same table exists in Rego as package posture.lib.kubernetes. The
// custom resources that run pods (KServe, Ray, Kubeflow, JobSet, Argo, ...)
// are listed in workloadKinds (workloads.go); each pod they declare becomes
// a resource of its own, typed and shaped as a built-in kind, its ranges in
// the custom resource's source (pods.go).
package kubernetes
