package com.nuoer.apicall;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

@SpringBootApplication
@EnableFeignClients
public class ApicallApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApicallApplication.class, args);
    }
}
