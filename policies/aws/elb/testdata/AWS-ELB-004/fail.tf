resource "aws_lb" "chat" { # want: AWS-ELB-004 col 1
  name    = "chat"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb" "bucket_only" {
  name = "api"

  access_logs { # want: AWS-ELB-004 col 3
    bucket = "lb-logs"
  }
}

resource "aws_elb" "classic" {
  name               = "legacy"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket  = "lb-logs"
    enabled = false # want: AWS-ELB-004 col 15
  }

  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
