# METADATA
# title: CloudFront reaches custom origins over HTTPS
# description: |
#   origin_protocol_policy = "http-only" sends every request and response
#   between CloudFront and the origin (an ALB or API in front of a model) in
#   clear text over the internet, even when viewers use HTTPS; SSLv3 in
#   origin_ssl_protocols allows a protocol broken since POODLE.
# custom:
#   id: AWS-CF-005
#   severity: medium
#   resource_types: [aws_cloudfront_distribution]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     aws-fsbp: [CloudFront.9, CloudFront.10]
#   remediation:
#     terraform: >-
#       Set `origin_protocol_policy = "https-only"` and `origin_ssl_protocols = ["TLSv1.2"]` in every
#       `custom_origin_config`.
#   fix:
#     none: the origin must serve HTTPS first
#   since: 0.2.0
package posture.aws.cloudfront.origin_https

import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some i, o in input.resource.origin
	some j, c in o.custom_origin_config
	c.origin_protocol_policy == "http-only"
	path := ["origin", i, "custom_origin_config", j, "origin_protocol_policy"]
	msg := sprintf("%s reaches origin %q over plain HTTP: %s%s.", [
		terraform.label, object.get(o, "origin_id", ""), terraform.found(path, ""), website_hint(o),
	])
}

# An S3 website endpoint serves HTTP only: https-only would break it.
website_hint(o) := "; an S3 website endpoint cannot serve HTTPS, so use the bucket's REST endpoint with origin access control instead" if {
	contains(object.get(o, "domain_name", ""), ".s3-website")
} else := ""

deny contains {"msg": msg, "path": path} if {
	some i, o in input.resource.origin
	some j, c in o.custom_origin_config
	some k, p in c.origin_ssl_protocols
	p == "SSLv3"
	path := ["origin", i, "custom_origin_config", j, "origin_ssl_protocols", k]
	msg := sprintf("%s allows SSLv3 towards origin %q: origin_ssl_protocols includes \"SSLv3\".", [
		terraform.label, object.get(o, "origin_id", ""),
	])
}
