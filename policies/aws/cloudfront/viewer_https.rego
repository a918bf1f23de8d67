# METADATA
# title: CloudFront distributions require HTTPS from viewers
# description: |
#   viewer_protocol_policy = "allow-all" serves the behaviour over plain
#   HTTP: a chat front end or API behind CloudFront then exchanges prompts,
#   answers and session cookies in clear text. "redirect-to-https" or
#   "https-only" keep viewers on TLS.
# custom:
#   id: AWS-CF-001
#   severity: medium
#   resource_types: [aws_cloudfront_distribution]
#   formats: [terraform]
#   control: Encrypt data in transit
#   compliance:
#     mcsb: [DP-3]
#     aws-fsbp: [CloudFront.3]
#   defender: >-
#     CloudFront distributions should require encryption in transit
#   remediation:
#     terraform: >-
#       Set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) in `default_cache_behavior`
#       and every `ordered_cache_behavior`.
#   fix:
#     terraform:
#       set: {default_cache_behavior.viewer_protocol_policy: redirect-to-https, ordered_cache_behavior.viewer_protocol_policy: redirect-to-https}
#   since: 0.2.0
package posture.aws.cloudfront.viewer_https

import data.posture.lib.terraform

deny contains {"msg": msg, "path": path} if {
	some block in ["default_cache_behavior", "ordered_cache_behavior"]
	some i, b in input.resource[block]
	b.viewer_protocol_policy == "allow-all"
	path := [block, i, "viewer_protocol_policy"]
	msg := sprintf("%s serves %s over plain HTTP: %s.", [
		terraform.label, pattern(block, b), terraform.found(path, ""),
	])
}

pattern("default_cache_behavior", _) := "its default behaviour"

pattern("ordered_cache_behavior", b) := sprintf("path %s", [object.get(b, "path_pattern", "?")])
