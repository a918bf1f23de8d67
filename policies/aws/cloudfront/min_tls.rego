# METADATA
# title: CloudFront distributions with a custom certificate require TLS 1.2
# description: |
#   With a custom certificate the viewer_certificate's
#   minimum_protocol_version decides the oldest TLS version viewers may use;
#   it defaults to "TLSv1". TLSv1.2_2021 (or newer) rejects TLS 1.0 and 1.1.
#   Distributions on the default *.cloudfront.net certificate cannot choose
#   and are not reported.
# custom:
#   id: AWS-CF-002
#   severity: medium
#   resource_types: [aws_cloudfront_distribution]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#   remediation:
#     terraform: >-
#       Set `viewer_certificate { minimum_protocol_version = "TLSv1.2_2021" ssl_support_method = "sni-only"
#       }`.
#   fix:
#     terraform:
#       set: {viewer_certificate.minimum_protocol_version: TLSv1.2_2021}
#   since: 0.2.0
package posture.aws.cloudfront.min_tls

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some i, vc in input.resource.viewer_certificate
	custom_certificate(vc)
	lib.known(sprintf("viewer_certificate[%d].minimum_protocol_version", [i]))
	version := object.get(vc, "minimum_protocol_version", "TLSv1")
	not modern(version)
	path := ["viewer_certificate", i, "minimum_protocol_version"]
	msg := sprintf("%s accepts TLS versions older than 1.2 from viewers: %s.", [
		terraform.label, terraform.found(path, "the default is \"TLSv1\""),
	])
}

custom_certificate(vc) if vc.acm_certificate_arn

custom_certificate(vc) if vc.iam_certificate_id

modern(v) if startswith(v, "TLSv1.2")

modern(v) if startswith(v, "TLSv1.3")
