# METADATA
# title: Model servers are not exposed directly by a LoadBalancer or NodePort Service
# description: |
#   A Service of type LoadBalancer (without an internal annotation or a
#   source restriction) or NodePort in front of a model server (vLLM, TGI,
#   Triton, Ollama, KServe, or any pod asking for GPUs) puts the inference
#   API on the network with no gateway, authentication, rate limit or
#   content filter in between: anyone who reaches it can run prompts at
#   the cluster's cost, extract the model or abuse tools it calls.
# custom:
#   id: K8S-SVC-001
#   severity: high
#   resource_types: [Service]
#   formats: [kubernetes]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: Kubernetes clusters should use internal load balancers
#   remediation:
#     kubernetes: >-
#       Use `type: ClusterIP` for the model server and publish it only through an authenticating gateway or Ingress (API key or OIDC, rate limits); if a load balancer is needed, make it internal (`networking.gke.io/load-balancer-type: "Internal"`, `service.beta.kubernetes.io/azure-load-balancer-internal: "true"`, `service.beta.kubernetes.io/aws-load-balancer-scheme: internal`).
#   fix:
#     none: the model server has to be published through a gateway that authenticates callers instead
#   since: 0.2.0
package posture.kubernetes.service.model_server_exposed

import data.posture.lib.kubernetes as k8s

annotations := object.get(input.resource, ["metadata", "annotations"], {})

internal_annotations := {
	"service.beta.kubernetes.io/azure-load-balancer-internal": "true",
	"networking.gke.io/load-balancer-type": "internal",
	"cloud.google.com/load-balancer-type": "internal",
	"service.beta.kubernetes.io/aws-load-balancer-scheme": "internal",
	"service.beta.kubernetes.io/aws-load-balancer-internal": "true",
	"service.beta.kubernetes.io/oci-load-balancer-internal": "true",
}

is_internal if {
	some key, want in internal_annotations
	lower(sprintf("%v", [annotations[key]])) == want
}

open_ranges := {"0.0.0.0/0", "::/0"}

# A source restriction that is not the whole internet limits who reaches
# the load balancer.
restricted if {
	ranges := object.get(input.resource, ["spec", "loadBalancerSourceRanges"], [])
	count(ranges) > 0
	every r in ranges {
		not r in open_ranges
	}
}

restricted if {
	not input.resource.spec.loadBalancerSourceRanges
	value := annotations["service.beta.kubernetes.io/load-balancer-source-ranges"]
	is_string(value)
	ranges := [trim_space(r) | some r in split(value, ","); trim_space(r) != ""]
	count(ranges) > 0
	every r in ranges {
		not r in open_ranges
	}
}

exposure := "an internet-facing LoadBalancer" if {
	input.resource.spec.type == "LoadBalancer"
	not is_internal
	not restricted
}

exposure := "a NodePort Service, open on every node" if input.resource.spec.type == "NodePort"

deny contains finding if {
	how := exposure
	servers := k8s.selected_model_servers
	count(servers) > 0
	names := sort({sprintf("%s, which %s", [s.workload, s.reason]) | some s in servers})
	finding := object.union(
		{
			"msg": sprintf("Service %q is %s (type: %s) in front of %s: no gateway or authentication stands in between.", [
				input.name, how, input.resource.spec.type, concat("; ", names),
			]),
			"path": ["spec", "type"],
		},
		severity,
	)
}

# A NodePort is reachable from where the nodes are, usually not the whole
# internet.
severity := {"severity": "medium"} if input.resource.spec.type == "NodePort"

else := {}
