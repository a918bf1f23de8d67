# METADATA
# title: OpenSearch domains require HTTPS with TLS 1.2
# description: |
#   enforce_https = false lets clients send queries and credentials over
#   plain HTTP, and the Policy-Min-TLS-1-0-2019-07 policy accepts TLS 1.0
#   and 1.1. Only values written in the configuration are reported: the
#   service default has changed over time, and the provider leaves it to the
#   service.
# custom:
#   id: AWS-OS-004
#   severity: medium
#   resource_types: [aws_opensearch_domain, aws_elasticsearch_domain]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     aws-fsbp: [Opensearch.8, ES.8]
#   defender: >-
#     Connections to Elasticsearch domains should be encrypted using TLS 1.2
#   remediation:
#     terraform: >-
#       Set `domain_endpoint_options { enforce_https = true tls_security_policy = "Policy-Min-
#       TLS-1-2-PFS-2023-10" }`.
#   fix:
#     terraform:
#       set: {domain_endpoint_options.enforce_https: true, domain_endpoint_options.tls_security_policy: Policy-Min-TLS-1-2-PFS-2023-10}
#   since: 0.2.0
package posture.aws.opensearch.https

import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some i, o in input.resource.domain_endpoint_options
	o.enforce_https == false
	path := ["domain_endpoint_options", i, "enforce_https"]
	msg := sprintf("%s accepts plain HTTP: %s.", [terraform.label, terraform.found(path, "")])
}

deny contains {"msg": msg, "path": path} if {
	some i, o in input.resource.domain_endpoint_options
	o.tls_security_policy == "Policy-Min-TLS-1-0-2019-07"
	path := ["domain_endpoint_options", i, "tls_security_policy"]
	msg := sprintf("%s accepts TLS 1.0 and 1.1: %s.", [terraform.label, terraform.found(path, "")])
}
