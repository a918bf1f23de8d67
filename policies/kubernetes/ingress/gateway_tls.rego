# METADATA
# title: Gateway has a TLS listener
# description: |
#   A Gateway API Gateway whose listeners are all HTTP serves every route
#   attached to it over plain HTTP: prompts, completions, cookies and bearer
#   tokens for the model API cross the network readable and changeable.
#   An HTTP listener beside an HTTPS or TLS one (usually for a redirect)
#   passes.
# custom:
#   id: K8S-ING-002
#   severity: medium
#   resource_types: [gateway.networking.k8s.io/Gateway]
#   formats: [kubernetes]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     kubernetes: >-
#       Add a listener with `protocol: HTTPS` and `tls.certificateRefs` naming the certificate Secret (cert-manager can issue it), and keep the HTTP listener only for a redirect (an HTTPRoute with a `RequestRedirect` filter to `scheme: https`).
#   fix:
#     none: a certificate has to be issued for the listener's hostname
#   since: 0.2.0
package posture.kubernetes.ingress.gateway_tls

listeners := object.get(input.resource, ["spec", "listeners"], [])

encrypted := {"HTTPS", "TLS"}

deny contains {"msg": msg, "path": ["spec", "listeners", i, "protocol"]} if {
	count(listeners) > 0
	every l in listeners {
		not l.protocol in encrypted
	}
	some i, l in listeners
	l.protocol == "HTTP"
	msg := sprintf("Gateway %q serves its routes over plain HTTP: listener %s has protocol: HTTP and no listener of the Gateway is HTTPS or TLS.", [input.name, json.marshal(object.get(l, "name", ""))])
}
