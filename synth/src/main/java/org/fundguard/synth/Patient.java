package org.fundguard.synth;

import java.time.LocalDate;
import org.fundguard.core.Gender;
import org.fundguard.core.Person;

/** A person while their rows are being written: the contract row plus the running account balance. */
public final class Patient {
    public final int index;
    public final Person person;
    public final String homeDistrict;
    long balance;
    /** What the employer's contribution puts into the personal account each month (个人账户划入). */
    final long monthlyCredit;
    int creditedMonth;

    Patient(int index, Person person, String homeDistrict, long balance, long monthlyCredit) {
        this.index = index;
        this.person = person;
        this.homeDistrict = homeDistrict;
        this.balance = balance;
        this.monthlyCredit = monthlyCredit;
    }

    public String psnNo() {
        return person.psnNo();
    }

    public boolean male() {
        return person.gender() == Gender.MALE;
    }

    public int age(LocalDate day) {
        return person.ageOn(day);
    }

    public long balance() {
        return balance;
    }
}
