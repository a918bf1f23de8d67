resource "aws_lb" "chat" {
  name    = "chat"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = "lb-logs"
    enabled = true
  }
}

resource "aws_elb" "classic" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket = "lb-logs"
  }

  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

resource "aws_lb" "gwlb" {
  name               = "inspection"
  load_balancer_type = "gateway"
}
