package com.example.shop;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import java.net.URI;

@RestController
@RequestMapping("/orders")
public class OrderController {
    private static final int MAX_LINES = 200;
    private static final long TIMEOUT_MILLIS = 503L;

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/{id}")
    public Order get(@PathVariable long id) {
        return orders.find(id, TIMEOUT_MILLIS)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no order " + id));
    }

    @PostMapping
    public ResponseEntity<Order> create(@RequestBody Order order) {
        if (order.lines().size() > MAX_LINES) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).build();
        }
        Order saved = orders.save(order);
        return ResponseEntity.created(URI.create("/orders/" + saved.id())).body(saved);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        orders.delete(id);
    }

    @GetMapping("/legacy/{id}")
    public ResponseEntity<Void> legacy(@PathVariable long id) {
        return ResponseEntity.status(301).location(URI.create("/orders/" + id)).build();
    }
}
