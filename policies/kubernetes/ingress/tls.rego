# METADATA
# title: Ingress serves its hosts over TLS
# description: |
#   An Ingress without a tls section, or whose tls section leaves one of its
#   hosts out, serves that host over plain HTTP: prompts, completions,
#   session cookies and bearer tokens for the model API cross the network
#   readable and changeable. Load balancers that terminate TLS with a
#   certificate named in an annotation (GKE managed or pre-shared
#   certificates, AWS Load Balancer Controller, Application Gateway) count
#   as TLS.
# custom:
#   id: K8S-ING-001
#   severity: medium
#   resource_types: [networking.k8s.io/Ingress]
#   formats: [kubernetes]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     kubernetes: >-
#       Add `spec.tls` entries whose `hosts` cover every `spec.rules[].host`, each with a `secretName` holding the certificate (cert-manager can issue it), and redirect HTTP to HTTPS in the ingress controller.
#   fix:
#     none: a certificate and its Secret have to be issued for the hosts
#   since: 0.2.0
package posture.kubernetes.ingress.tls

annotations := object.get(input.resource, ["metadata", "annotations"], {})

# Annotations that give the cloud load balancer a certificate of its own.
certificate_annotations := {
	"networking.gke.io/managed-certificates",
	"ingress.gcp.kubernetes.io/pre-shared-cert",
	"alb.ingress.kubernetes.io/certificate-arn",
	"service.beta.kubernetes.io/aws-load-balancer-ssl-cert",
	"appgw.ingress.kubernetes.io/appgw-ssl-certificate",
	"kubernetes.io/ingress.global-static-ip-name-tls",
}

load_balancer_tls if {
	some key in certificate_annotations
	is_string(annotations[key])
	annotations[key] != ""
}

tls := object.get(input.resource, ["spec", "tls"], [])

# No tls section at all.
deny contains {"msg": msg, "path": ["spec"]} if {
	not load_balancer_tls
	count(tls) == 0
	msg := sprintf("Ingress %q serves %s over plain HTTP: spec.tls is not set.", [input.name, served])
}

served := sprintf("the hosts %s", [concat(", ", sort(hosts))]) if count(hosts) > 0

else := "its routes"

hosts := {h |
	some rule in object.get(input.resource, ["spec", "rules"], [])
	h := rule.host
	is_string(h)
}

# A host of the rules that no tls entry covers.
deny contains {"msg": msg, "path": ["spec", "rules", i, "host"]} if {
	not load_balancer_tls
	count(tls) > 0
	not tls_covers_every_host
	some i, rule in input.resource.spec.rules
	host := rule.host
	is_string(host)
	not covered(host)
	msg := sprintf("Ingress %q serves the host %q over plain HTTP: no spec.tls entry lists it.", [input.name, host])
}

# A tls entry without hosts applies to every host of the Ingress.
tls_covers_every_host if {
	some entry in tls
	count(object.get(entry, "hosts", [])) == 0
}

covered(host) if {
	some entry in tls
	some h in entry.hosts
	matches(h, host)
}

matches(h, host) if h == host

# *.example.com covers a.example.com, not a.b.example.com.
matches(h, host) if {
	startswith(h, "*.")
	suffix := substring(h, 1, -1)
	endswith(host, suffix)
	not contains(trim_suffix(host, suffix), ".")
}
