# METADATA
# title: No NodePort Services
# description: |
#   A NodePort Service opens its port on every node's IP address, outside
#   any load balancer or ingress policy, and often reachable from wherever
#   the nodes are.
# custom:
#   id: K8S-NET-002
#   severity: low
#   resource_types: [Service]
#   formats: [kubernetes]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-1]
#   defender: Kubernetes cluster services should listen only on allowed ports
#   remediation:
#     kubernetes: >-
#       Use `type: ClusterIP` behind an Ingress or Gateway (or an internal LoadBalancer) instead of `type: NodePort`.
#   since: 0.1.0
package posture.kubernetes.network.node_port

deny contains {"msg": msg, "path": ["spec", "type"]} if {
	input.resource.spec.type == "NodePort"
	ports := [sprintf("%v", [p.nodePort]) | some p in input.resource.spec.ports; p.nodePort]
	msg := sprintf("Service %q opens its ports on every node (type: NodePort%s).", [input.name, node_ports(ports)])
}

node_ports(ports) := sprintf(", nodePort %s", [concat(", ", ports)]) if count(ports) > 0

else := ""
