resource "aws_vpc_endpoint" "gateway" { # want: AWS-BR-006 col 1
  vpc_id       = "vpc-0123456789abcdef0"
  service_name = "com.amazonaws.eu-west-1.bedrock-runtime"
}

resource "aws_vpc_endpoint" "no_dns" {
  vpc_id              = "vpc-0123456789abcdef0"
  service_name        = "com.amazonaws.eu-west-1.bedrock-agent-runtime"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = false # want: AWS-BR-006 col 25
}
