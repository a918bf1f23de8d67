resource "aws_lb_listener" "http" { # want: AWS-ELB-001 col 1
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/chat/1"
  port              = 80

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/chat/1"
  }
}

resource "aws_alb_listener" "explicit" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/chat/1"
  port              = 8080
  protocol          = "HTTP" # want: AWS-ELB-001 col 23

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/chat/1"
  }
}
