import Foundation
import SourceCheck
import Testing
import TrustMetricsCore

/// One written form and what it must read as: the first number in the text.
struct WrittenForm: CustomTestStringConvertible, Sendable {
  var text: String
  var value: Decimal
  var upper: Decimal?
  var kind: WrittenNumber.Kind
  var hedge: Qualifier?
  var written: String

  var testDescription: String { text }

  init(
    _ text: String, _ value: Decimal, _ kind: WrittenNumber.Kind, upper: Decimal? = nil,
    hedge: Qualifier? = nil, written: String? = nil
  ) {
    self.text = text
    self.value = value
    self.upper = upper
    self.kind = kind
    self.hedge = hedge
    self.written = written ?? text
  }
}

@Suite struct NumberReaderTests {
  /// Hand-checked written forms, from the seeds and beyond.
  static let forms: [WrittenForm] = [
    // Money
    WrittenForm("£7.6m", 7_600_000, .pounds),
    WrittenForm("£42.3m", 42_300_000, .pounds),
    WrittenForm("£148.4m", 148_400_000, .pounds),
    WrittenForm("£28.6m", 28_600_000, .pounds),
    WrittenForm("£600,000", 600_000, .pounds),
    WrittenForm("£83,000", 83_000, .pounds),
    WrittenForm("£1.2bn", 1_200_000_000, .pounds),
    WrittenForm("£83k", 83_000, .pounds),
    WrittenForm("£2.5 million", 2_500_000, .pounds),
    WrittenForm("£12,000 per week", 12_000, .pounds),
    WrittenForm("£1,234,567", 1_234_567, .pounds),
    WrittenForm("£ 450", 450, .pounds),
    WrittenForm("£200,000 – £300,000", 200_000, .pounds, upper: 300_000),
    WrittenForm("£200,000-£300,000", 200_000, .pounds, upper: 300_000),
    WrittenForm("£2m-£3m", 2_000_000, .pounds, upper: 3_000_000),
    WrittenForm("about £600,000", 600_000, .pounds, hedge: .approximate, written: "£600,000"),
    WrittenForm(
      "approximately £200,000 – £300,000 a year", 200_000, .pounds, upper: 300_000,
      hedge: .approximate, written: "£200,000 – £300,000 a year"),
    WrittenForm(
      "an estimated £200,000 each year", 200_000, .pounds, hedge: .approximate,
      written: "£200,000"),
    // Percentages
    WrittenForm("52%", 52, .percent),
    WrittenForm("31.5%", 31.5, .percent),
    WrittenForm("60 per cent", 60, .percent),
    WrittenForm("50 percent", 50, .percent),
    WrittenForm("12 %", 12, .percent),
    WrittenForm("nearly 19%", 19, .percent, hedge: .nearly, written: "19%"),
    WrittenForm("just under 14%", 14, .percent, hedge: .justUnder, written: "14%"),
    WrittenForm("over 40%", 40, .percent, hedge: .over, written: "40%"),
    WrittenForm("almost 30 per cent", 30, .percent, hedge: .nearly, written: "30 per cent"),
    WrittenForm("about 7%", 7, .percent, hedge: .approximate, written: "7%"),
    WrittenForm("Forty-eight per cent", 48, .percent),
    WrittenForm("twenty one per cent", 21, .percent),
    WrittenForm("10-15%", 10, .percent, upper: 15),
    // Fractions and multiples
    WrittenForm("a third of councils", Decimal(100) / 3, .fraction, written: "a third"),
    WrittenForm("a quarter of staff", 25, .fraction, written: "a quarter"),
    WrittenForm("two-thirds of cases", Decimal(200) / 3, .fraction, written: "two-thirds"),
    WrittenForm("three quarters of them", 75, .fraction, written: "three quarters"),
    WrittenForm("half of councils", 50, .fraction, written: "half"),
    WrittenForm("nine out of 10", 90, .fraction),
    WrittenForm("one in five", 20, .fraction),
    WrittenForm("twice", 2, .multiple),
    WrittenForm("double the West Midlands average", 2, .multiple, written: "double"),
    // Plain numbers, digits and words
    WrittenForm("942.01", 942.01, .plain),
    WrittenForm("1500", 1500, .plain),
    WrittenForm("550 staff", 550, .plain, written: "550"),
    WrittenForm("60,000 articles", 60_000, .plain, written: "60,000"),
    WrittenForm("seven-year", 7, .plain),
    WrittenForm("five-year contract", 5, .plain, written: "five-year"),
    WrittenForm("Two cases", 2, .plain, written: "Two"),
    WrittenForm("nine such companies", 9, .plain, written: "nine"),
    WrittenForm("just one trust", 1, .plain, written: "one"),
    WrittenForm("over 200 staff", 200, .plain, hedge: .over, written: "200"),
    WrittenForm("10 of the 153 councils", 10, .plain, written: "10"),
    WrittenForm("2.5 million people", 2_500_000, .plain, written: "2.5 million"),
    WrittenForm("two hundred", 200, .plain),
    WrittenForm("100-250 words", 100, .plain, upper: 250, written: "100-250"),
  ]

  @Test(arguments: forms)
  func readsTheWrittenForm(_ form: WrittenForm) throws {
    let number = try #require(NumberReader().numbers(in: form.text).first)
    if form.kind == .fraction {
      #expect(abs(NSDecimalNumber(decimal: number.value - form.value).doubleValue) < 1e-9)
    } else {
      #expect(number.value == form.value)
    }
    #expect(number.upperValue == form.upper)
    #expect(number.kind == form.kind)
    #expect(number.hedge == form.hedge)
    #expect(number.text == form.written)
  }

  @Test func theTableHasAtLeastFortyForms() {
    #expect(Self.forms.count >= 40)
  }

  @Test func aQuoteWithSeveralNumbersGivesEachInOrder() {
    let numbers = NumberReader().numbers(
      in: "agency numbers falling from 52% in 2015 to 32% in 2017")
    #expect(numbers.map(\.text) == ["52%", "2015", "32%", "2017"])
    #expect(numbers.map(\.isYear) == [false, true, false, true])
  }

  @Test func yearRangesAreYearsNotRanges() {
    let numbers = NumberReader().numbers(in: "From 2014-20, and in 2022-23")
    #expect(numbers.map(\.isYear) == [true, true])
    #expect(numbers.map(\.upperValue) == [2020, 2023])
  }

  @Test func ordinalsAndOrdinalFractionsAreNotNumbers() {
    #expect(NumberReader().numbers(in: "our 50th anniversary").isEmpty)
    #expect(NumberReader().numbers(in: "In a third group, the trust").isEmpty)
    #expect(NumberReader().numbers(in: "on behalf of the council").isEmpty)
  }

  @Test func theUnitWordIsKept() throws {
    let contract = try #require(NumberReader().numbers(in: "a seven-year contract").first)
    #expect(contract.unitWord == "year")
    let weekly = try #require(NumberReader().numbers(in: "£12,000 per week").first)
    #expect(weekly.unitWord == "week")
  }

  @Test func offsetsPointAtTheWrittenText() throws {
    let text = "costs “about £600,000” now"
    let number = try #require(NumberReader().numbers(in: text).first)
    let bytes = Array(text.utf8)[number.utf8Offsets]
    #expect(String(decoding: bytes, as: UTF8.self) == "£600,000")
  }
}
