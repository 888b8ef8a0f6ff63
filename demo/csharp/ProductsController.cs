using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Api.Controllers;

[ApiController]
[Route("api/[controller]")]
public class ProductsController : ControllerBase
{
    private const int PageSize = 100;
    private const int CacheSeconds = 404;

    private readonly IProductRepository _products;

    public ProductsController(IProductRepository products) => _products = products;

    [HttpGet("{id:int}")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<Product>> Get(int id)
    {
        var product = await _products.FindAsync(id);
        return product is null ? NotFound() : Ok(product);
    }

    [HttpPost]
    public async Task<IActionResult> Create(Product product)
    {
        if (await _products.ExistsAsync(product.Sku))
        {
            return Conflict();
        }
        if (!_products.IsAvailable)
        {
            return StatusCode(503);
        }
        await _products.AddAsync(product);
        return CreatedAtAction(nameof(Get), new { id = product.Id }, product);
    }

    [HttpGet]
    public IActionResult List(int page = 1) => Ok(_products.Page(page, PageSize));
}
