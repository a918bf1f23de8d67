resource "aws_lb" "chat" { # want: AWS-ELB-003 col 1
  name                       = "chat"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "api" {
  name                       = "api"
  load_balancer_type         = "application"
  drop_invalid_header_fields = true # want: AWS-ELB-003 col 32
}
