resource "aws_lb" "chat" {
  name                       = "chat"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "grpc" {
  name               = "grpc"
  load_balancer_type = "network"
}

# Terraform converts the string to the attribute's bool type.
resource "aws_lb" "string_bool" {
  name                       = "chat-2"
  drop_invalid_header_fields = "true"
}
