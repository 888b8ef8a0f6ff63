<?php

namespace App\Http\Controllers;

use App\Models\Invoice;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;

class InvoiceController extends Controller
{
    private const PER_PAGE = 250;
    private const PDF_TIMEOUT = 120;

    public function show(Invoice $invoice)
    {
        abort_unless(auth()->user()->can('view', $invoice), 403);

        return response()->json($invoice);
    }

    public function store(Request $request)
    {
        $data = $request->validate(['amount' => 'required|numeric|max:10000']);
        $invoice = Invoice::create($data);

        return response()->json($invoice, 201);
    }

    public function destroy(Invoice $invoice)
    {
        $invoice->delete();

        return response()->noContent(Response::HTTP_NO_CONTENT);
    }

    public function pdf(Invoice $invoice)
    {
        if (! $invoice->isFinal()) {
            abort(409, 'Invoice is still a draft.');
        }

        return $invoice->renderPdf(timeout: self::PDF_TIMEOUT);
    }
}
