# METADATA
# title: Load balancers write access logs
# description: |
#   Access logs record every request a load balancer in front of an AI
#   application received, with client address, path and response: the record
#   needed to investigate abuse. aws_lb writes none unless
#   access_logs.enabled = true (the provider's default is false even with a
#   bucket); a Classic Load Balancer's access_logs block is enabled unless
#   it says otherwise.
# custom:
#   id: AWS-ELB-004
#   severity: low
#   resource_types: [aws_lb, aws_alb, aws_elb]
#   formats: [terraform]
#   control: Enable auditing and logging
#   compliance:
#     mcsb: [LT-3]
#     aws-fsbp: [ELB.5]
#   defender: >-
#     Application and Classic Load Balancers logging should be enabled
#   remediation:
#     terraform: >-
#       Add `access_logs { bucket = aws_s3_bucket.<logs>.id enabled = true }`.
#   fix:
#     none: access logs need a bucket whose policy lets the load balancer write
#   since: 0.2.0
package posture.aws.elb.access_logs

import data.posture.lib
import data.posture.lib.terraform

default_enabled := {"aws_lb": false, "aws_alb": false, "aws_elb": true}

deny contains {"msg": msg, "path": path} if {
	lib.known("load_balancer_type")
	object.get(input.resource, "load_balancer_type", "application") != "gateway"
	lib.known_under("access_logs")
	not logging
	path := logs_path
	msg := sprintf("%s writes no access logs: %s.", [
		terraform.label, terraform.found(path, "no access logs are written"),
	])
}

logging if object.get(input.resource.access_logs[0], "enabled", default_enabled[input.type]) == true

logs_path := ["access_logs", 0, "enabled"] if count(object.get(input.resource, "access_logs", [])) > 0

else := ["access_logs"]
