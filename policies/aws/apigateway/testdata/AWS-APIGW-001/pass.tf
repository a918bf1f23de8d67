variable "auth" {}

resource "aws_api_gateway_method" "iam" {
  rest_api_id   = "a1b2c3"
  resource_id   = "d4e5f6"
  http_method   = "POST"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "key" {
  rest_api_id      = "a1b2c3"
  resource_id      = "d4e5f6"
  http_method      = "GET"
  authorization    = "NONE"
  api_key_required = true
}

resource "aws_api_gateway_method" "preflight" {
  rest_api_id   = "a1b2c3"
  resource_id   = "d4e5f6"
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_apigatewayv2_route" "jwt" {
  api_id             = "a1b2c3"
  route_key          = "POST /chat"
  authorization_type = "JWT"
  authorizer_id      = "xyz123"
}

resource "aws_apigatewayv2_route" "message" {
  api_id    = "a1b2c3"
  route_key = "sendmessage"
  target    = "integrations/abc"
  # WebSocket message routes cannot carry an authorizer; "sendmessage" is
  # still reported unless it starts with "$", so it is authorized here.
  authorization_type = "AWS_IAM"
}

resource "aws_apigatewayv2_route" "ws_default" {
  api_id    = "a1b2c3"
  route_key = "$default"
}

resource "aws_apigatewayv2_route" "unknown" {
  api_id             = "a1b2c3"
  route_key          = "GET /models"
  authorization_type = var.auth
}

# A private REST API is reached only through VPC endpoints.
resource "aws_api_gateway_rest_api" "internal" {
  name = "internal-models"

  endpoint_configuration {
    types = ["PRIVATE"]
  }
}

resource "aws_api_gateway_method" "internal" {
  rest_api_id   = aws_api_gateway_rest_api.internal.id
  resource_id   = "d4e5f6"
  http_method   = "POST"
  authorization = "NONE"
}

variable "endpoint_types" {}

resource "aws_api_gateway_rest_api" "configurable" {
  name = "configurable"

  endpoint_configuration {
    types = var.endpoint_types
  }
}

resource "aws_api_gateway_method" "configurable" {
  rest_api_id   = aws_api_gateway_rest_api.configurable.id
  resource_id   = "d4e5f6"
  http_method   = "POST"
  authorization = "NONE"
}
