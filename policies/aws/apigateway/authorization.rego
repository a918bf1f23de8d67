# METADATA
# title: API Gateway methods and routes require authorization
# description: |
#   A method or route with authorization "NONE" and no API key passes every
#   request to its integration: a model endpoint or agent behind it answers
#   anyone who finds the URL. Use IAM, a Cognito or Lambda authorizer, or a
#   JWT authorizer. CORS preflight (OPTIONS) methods and the WebSocket
#   routes that cannot carry an authorizer (every route but $connect) are
#   not reported, nor the methods of a private REST API, which only its VPC
#   endpoints reach. aws_api_gateway_method.authorization is required;
#   aws_apigatewayv2_route.authorization_type defaults to "NONE".
# custom:
#   id: AWS-APIGW-001
#   severity: medium
#   resource_types: [aws_api_gateway_method, aws_apigatewayv2_route]
#   formats: [terraform]
#   control: Manage access and permissions
#   compliance:
#     mcsb: [IM-1]
#     aws-fsbp: [APIGateway.8]
#   remediation:
#     terraform: >-
#       Set `authorization` (REST) or `authorization_type` (HTTP and WebSocket) to `AWS_IAM`,
#       `COGNITO_USER_POOLS`, `CUSTOM` or `JWT` with an `authorizer_id`.
#   since: 0.2.0
package posture.aws.apigateway.authorization

import data.posture.lib
import data.posture.lib.terraform

deny contains {"msg": msg, "path": ["authorization"]} if {
	input.type == "aws_api_gateway_method"
	input.resource.authorization == "NONE"
	lib.known("http_method")
	upper(object.get(input.resource, "http_method", "")) != "OPTIONS"
	no_api_key
	not private_api
	msg := sprintf("%s accepts requests without authorization: %s and api_key_required is not true.", [
		terraform.label, terraform.found(["authorization"], ""),
	])
}

deny contains {"msg": msg, "path": ["authorization_type"]} if {
	input.type == "aws_apigatewayv2_route"
	object.get(input.resource, "authorization_type", "NONE") == "NONE"
	lib.known("route_key")
	key := object.get(input.resource, "route_key", "")
	authorizable(key)
	no_api_key
	msg := sprintf("%s (%s) accepts requests without authorization: %s.", [
		terraform.label, key, terraform.found(["authorization_type"], "the provider default is \"NONE\""),
	])
}

# A private REST API is reached only through interface VPC endpoints its
# resource policy names: the network is its first gate.
private_api if {
	some ref in input.refs
	ref.path == "rest_api_id"
	api := data.posture.resources[ref.target]
	api.type == "aws_api_gateway_rest_api"
	some c in api.resource.endpoint_configuration
	"PRIVATE" in c.types
}

# An endpoint type unknown before apply may be PRIVATE: not decided.
private_api if {
	some ref in input.refs
	ref.path == "rest_api_id"
	api := data.posture.resources[ref.target]
	api.type == "aws_api_gateway_rest_api"
	lib.unknown_under(api, "endpoint_configuration")
}

no_api_key if {
	lib.known("api_key_required")
	object.get(input.resource, "api_key_required", false) != true
}

# WebSocket APIs authorize on $connect only; $default is ambiguous
# between HTTP (authorizable) and WebSocket (not) without the API.
authorizable(key) if {
	not startswith(key, "$")
	not startswith(upper(key), "OPTIONS ")
}

authorizable("$connect")
