resource "aws_api_gateway_method" "invoke" {
  rest_api_id   = "a1b2c3"
  resource_id   = "d4e5f6"
  http_method   = "POST"
  authorization = "NONE" # want: AWS-APIGW-001 col 19
}

resource "aws_apigatewayv2_route" "chat" { # want: AWS-APIGW-001 col 1
  api_id    = "a1b2c3"
  route_key = "POST /chat"
}

resource "aws_apigatewayv2_route" "connect" {
  api_id             = "a1b2c3"
  route_key          = "$connect"
  authorization_type = "NONE" # want: AWS-APIGW-001 col 24
}

resource "aws_api_gateway_rest_api" "public" {
  name = "models"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_method" "public" {
  rest_api_id   = aws_api_gateway_rest_api.public.id
  resource_id   = "d4e5f6"
  http_method   = "POST"
  authorization = "NONE" # want: AWS-APIGW-001 col 19
}
