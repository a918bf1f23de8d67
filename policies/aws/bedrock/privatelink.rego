# METADATA
# title: Bedrock reached through PrivateLink
# description: |
#   An interface VPC endpoint for bedrock-runtime (and bedrock-agent-runtime
#   when agents are used) keeps prompts and completions on the AWS network
#   and lets policies require aws:SourceVpce. Without it, workloads in the
#   VPC call Bedrock's public regional endpoint. A Bedrock endpoint must be
#   of type Interface (the provider default is Gateway) and, unless clients
#   set the endpoint URL themselves, enable private DNS (low). Where the
#   endpoints may be managed outside the scanned files, their absence is
#   reported for review unless the scan is declared complete.
# custom:
#   id: AWS-BR-006
#   severity: medium
#   resource_types: [aws_vpc, aws_vpc_endpoint]
#   formats: [terraform]
#   control: Restrict unauthorized network access
#   compliance:
#     mcsb: [NS-2]
#   defender: AWS Bedrock should use AWS PrivateLink
#   remediation:
#     terraform: >-
#       Add an `aws_vpc_endpoint` with `service_name = "com.amazonaws.<region>.bedrock-runtime"` (and `…bedrock-agent-runtime` for agents), `vpc_endpoint_type = "Interface"` and `private_dns_enabled = true` in each VPC whose workloads call Bedrock.
#   since: 0.1.0
package posture.aws.bedrock.privatelink

import data.posture.lib
import data.posture.lib.aws
import data.posture.lib.terraform

bedrock_service(name) if regex.match(`^com\.amazonaws\.[a-z0-9-]+\.bedrock(-agent)?(-runtime)?(-fips)?$`, name)

# A Bedrock endpoint that is not an interface endpoint.
deny contains {"msg": msg, "path": ["vpc_endpoint_type"]} if {
	input.type == "aws_vpc_endpoint"
	bedrock_service(input.resource.service_name)
	object.get(input.resource, "vpc_endpoint_type", "Gateway") != "Interface"
	msg := sprintf("VPC endpoint %s for %s is not a PrivateLink interface endpoint: %s.", [
		terraform.label, input.resource.service_name, terraform.found(["vpc_endpoint_type"], "the provider default is \"Gateway\""),
	])
}

deny contains {"msg": msg, "path": ["private_dns_enabled"], "severity": "low"} if {
	input.type == "aws_vpc_endpoint"
	bedrock_service(input.resource.service_name)
	object.get(input.resource, "vpc_endpoint_type", "Gateway") == "Interface"
	object.get(input.resource, "private_dns_enabled", false) != true
	msg := sprintf("VPC endpoint %s for %s does not enable private DNS, so SDK calls to the regional Bedrock hostname still use the public endpoint: %s.", [
		terraform.label, input.resource.service_name, terraform.found(["private_dns_enabled"], "the provider default is false"),
	])
}

# A VPC of a configuration that uses Bedrock without a runtime endpoint.
deny contains {"msg": msg, "status": status} if {
	input.type == "aws_vpc"
	aws.bedrock_used
	some service in needed
	not served(service)
	status := missing_status
	msg := sprintf("VPC %s has no interface endpoint for %s in the scanned files, while the configuration uses Bedrock: calls go to the public regional endpoint.", [
		terraform.label, sprintf("com.amazonaws.<region>.%s", [service]),
	])
}

needed contains "bedrock-runtime"

needed contains "bedrock-agent-runtime" if {
	some r in aws.bedrock_resources
	r.type == "aws_bedrockagent_agent"
}

# endpoints are the scan's interface endpoints that may serve this VPC:
# those referencing it, and those whose VPC cannot be resolved.
endpoints contains e if {
	some ref in object.get(data.posture.referrers, input.id, [])
	ref.type == "aws_vpc_endpoint"
	ref.path == "vpc_id"
	e := data.posture.resources[ref.id]
}

served(service) if {
	some e in endpoints
	object.get(e.resource, "vpc_endpoint_type", "Gateway") == "Interface"
	endswith(e.resource.service_name, sprintf(".%s", [service]))
}

served(service) if {
	some e in endpoints
	object.get(e.resource, "vpc_endpoint_type", "Gateway") == "Interface"
	endswith(e.resource.service_name, sprintf(".%s-fips", [service]))
}

# unresolved holds when an endpoint's VPC or service is not known: it may
# be the one this VPC needs.
unresolved if {
	some e in endpoints
	e.unknown.service_name
}

unresolved if {
	some e in object.get(data.posture.by_type, "aws_vpc_endpoint", {})
	e.unknown.vpc_id
	not _refers_vpc(e)
}

_refers_vpc(e) if {
	some ref in e.refs
	ref.path == "vpc_id"
}

missing_status := "review" if unresolved

else := lib.graph_status
