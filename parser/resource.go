package parser

// Provider is the cloud or platform a resource belongs to.
type Provider string

// Providers known to the engine. Policy groups are compiled per provider.
const (
	Azure      Provider = "azure"
	AWS        Provider = "aws"
	GCP        Provider = "gcp"
	Kubernetes Provider = "kubernetes"
)

// Format says which kind of input declared a resource.
type Format string

// Input formats.
const (
	Terraform          Format = "terraform"
	TerraformPlan      Format = "terraform-plan"
	ARM                Format = "arm"
	KubernetesManifest Format = "kubernetes"
)

// Resource is one cloud or cluster object, whatever format declared it.
type Resource struct {
	// ID is stable and unique in the scan: a Terraform address
	// (module.ai.azurerm_cognitive_account.main[0]), an ARM resource id
	// evaluated as far as possible, or apiVersion/kind/namespace/name.
	ID string
	// Type is the canonical type policies match on:
	// Microsoft.CognitiveServices/accounts, aws_s3_bucket, apps/v1/Deployment.
	Type string
	// Name is the short name people recognise (the Terraform label, the ARM
	// or Kubernetes name); messages use it.
	Name     string
	Provider Provider
	Format   Format
	// Properties is the JSON-like attribute tree in the canonical shape of
	// Type: map[string]any, []any, string, int64, float64, bool and nil.
	// For Azure it is the ARM resource body (kind, identity, properties, …).
	Properties map[string]any
	// Unknown lists the paths whose values cannot be known statically. They
	// are absent from Properties.
	Unknown []Path
	// UnknownPrefix holds, for an unknown string whose beginning is known
	// ("serviceAccount:${google_service_account.x.email}"), that beginning,
	// keyed by Path.String. The path is still listed in Unknown.
	UnknownPrefix map[string]string
	// Refs are the references from this resource's attributes to other
	// resources of the scan, resolved to their IDs.
	Refs []Ref
	// Names maps a canonical path (Path.String) to the attribute name the
	// user wrote in the source format, when it differs (for Terraform
	// azurerm resources: properties.publicNetworkAccess →
	// public_network_access_enabled), so messages speak the user's language.
	Names map[string]string
	// Meta carries facts about the declaration that are not attributes:
	// "generator" (bicep and its version), "provider_version", "module".
	Meta map[string]string
	// Range spans the whole declaration; Header its type and name labels,
	// where findings about a missing attribute point.
	Range  Range
	Header Range
	// Ranges holds the range of every attribute value read from the source.
	Ranges RangeTable
	// Origins records, for a value that came from elsewhere (a module
	// argument, a tfvars file, an ARM parameter), the chain of places it
	// passed through, outermost first. Keyed by Path.String; the key ""
	// holds the origins of the resource as a whole (the module call that
	// created it), for findings on an attribute it does not set.
	Origins map[string][]Range
	// Suppressions are the inline suppressions written in the resource
	// itself (an ARM resource's metadata.posture.ignore, a Kubernetes
	// posture.dev/ignore annotation); their Resource is ID.
	Suppressions []Suppression
}

// Ref is a reference from the attribute at Path to the resource Target.
type Ref struct {
	Path   Path
	Target string
	// Attribute is the attribute of the target that was referenced ("id",
	// "name"), when the format says so.
	Attribute string
}

// Locate returns the range a finding on path p should point at: the value
// itself, else its nearest ancestor that the source declared, else the
// resource header (which is also where a finding about the whole resource
// points).
func (r *Resource) Locate(p Path) Range {
	if len(p) > 0 {
		if rg, matched, ok := r.Ranges.Locate(p); ok && len(matched) > 0 {
			return rg
		}
	}
	if !r.Header.IsZero() {
		return r.Header
	}
	return r.Range
}

// IsUnknown reports whether the value at p, or a value inside it or around
// it, could not be known statically.
func (r *Resource) IsUnknown(p Path) bool {
	for _, u := range r.Unknown {
		if p.HasPrefix(u) || u.HasPrefix(p) {
			return true
		}
	}
	return false
}
