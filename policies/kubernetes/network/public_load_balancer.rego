# METADATA
# title: No internet-facing LoadBalancer Service without source restriction
# description: |
#   A LoadBalancer Service without an internal annotation gets a public IP
#   and exposes the model endpoint to the whole internet, past any gateway
#   or WAF. Prefer an internal load balancer behind a gateway; a public one
#   must at least restrict loadBalancerSourceRanges.
# custom:
#   id: K8S-NET-001
#   severity: medium
#   resource_types: [Service]
#   formats: [kubernetes]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#   defender: Kubernetes clusters should use internal load balancers
#   remediation:
#     kubernetes: >-
#       Make the load balancer internal (`service.beta.kubernetes.io/azure-load-balancer-internal: "true"`, `networking.gke.io/load-balancer-type: "Internal"`, `service.beta.kubernetes.io/aws-load-balancer-scheme: internal`) and publish through a gateway, or restrict `spec.loadBalancerSourceRanges` to known networks.
#   since: 0.1.0
package posture.kubernetes.network.public_load_balancer

import data.posture.lib.kubernetes as k8s

# internal_annotations are the annotations (and their values, lower case)
# that make a cloud load balancer internal.
internal_annotations := {
	"service.beta.kubernetes.io/azure-load-balancer-internal": "true",
	"networking.gke.io/load-balancer-type": "internal",
	"cloud.google.com/load-balancer-type": "internal",
	"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
	"service.beta.kubernetes.io/aws-load-balancer-internal": "true",
	"service.beta.kubernetes.io/oci-load-balancer-internal": "true",
}

open_ranges := {"0.0.0.0/0", "::/0", "0.0.0.0/0.0.0.0"}

annotations := object.get(input.resource, ["metadata", "annotations"], {})

is_internal if {
	some key, want in internal_annotations
	lower(sprintf("%v", [annotations[key]])) == want
}

source_ranges := r if {
	r := input.resource.spec.loadBalancerSourceRanges
	is_array(r)
	count(r) > 0
} else := [trim_space(x) | some x in split(annotations["service.beta.kubernetes.io/load-balancer-source-ranges"], ",")] if {
	is_string(annotations["service.beta.kubernetes.io/load-balancer-source-ranges"])
} else := []

public if {
	input.resource.spec.type == "LoadBalancer"
	not is_internal
}

# No source restriction at all.
deny contains {"msg": msg, "path": ["spec", "type"]} if {
	public
	count(source_ranges) == 0
	msg := sprintf("Service %q is an internet-facing LoadBalancer (type: LoadBalancer, no internal load-balancer annotation) open to every source: spec.loadBalancerSourceRanges is not set.", [input.name])
}

# A source range that is the whole internet.
deny contains {"msg": msg, "path": ["spec", "loadBalancerSourceRanges", i]} if {
	public
	some i, r in input.resource.spec.loadBalancerSourceRanges
	r in open_ranges
	msg := sprintf("Service %q is an internet-facing LoadBalancer open to every source: spec.loadBalancerSourceRanges[%d] is %q.", [input.name, i, r])
}

deny contains {"msg": msg, "path": ["metadata", "annotations", "service.beta.kubernetes.io/load-balancer-source-ranges"]} if {
	public
	not input.resource.spec.loadBalancerSourceRanges
	some r in source_ranges
	r in open_ranges
	msg := sprintf("Service %q is an internet-facing LoadBalancer open to every source: the load-balancer-source-ranges annotation holds %q.", [input.name, r])
}
