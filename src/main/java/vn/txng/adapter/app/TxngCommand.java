package vn.txng.adapter.app;
public class TxngCommand { public static void main(String[] a){ System.out.println("ok"); } }
